x = obj.match
y = obj.case
match = 1
case = 2
_ = 3
print(match, case, _)
