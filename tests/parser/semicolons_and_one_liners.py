if a: b
else: c
while x: y; z
for i in j: k
try: a
except: b
with c: d
class K: pass
def f(): return 1
