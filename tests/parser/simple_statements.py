pass
break_ = 1
x = 1; y = 2; z = 3
x = 1;
if x: pass; pass
