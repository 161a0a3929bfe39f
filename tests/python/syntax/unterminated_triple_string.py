# Unterminated triple-quoted string.
print("never")
s = """abc
more text
