for i in x:
# comment
y = 1
