# Uncaught IndexError: string index out of range.
word = 'abc'
for i in range(3):
    print(word[i])
print(word[3])
