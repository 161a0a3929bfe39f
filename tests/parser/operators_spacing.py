x=1+2*3
y=a<b<=c
z=a**-b
w=a//b%c
v=a@b
u = [a,b] [0]
