# Dedent to a column that matches no outer block.
print("never")
if True:
        a = 1
    b = 2
