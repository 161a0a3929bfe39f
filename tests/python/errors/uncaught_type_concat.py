# Uncaught TypeError: can only concatenate str.
age = 42
print('computing message')
msg = 'Age: ' + age
