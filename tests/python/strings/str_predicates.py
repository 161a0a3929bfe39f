# is* predicates.
samples = ['abc', 'ABC', 'Abc', '123', '12.3', 'abc123', '', ' ', ' \t\n', 'hello world', 'x_1',
           '_private', '1abc', 'café', '٣', '²', '½', 'Ⅻ', 'ABC DEF', 'abc def', 'if', 'A1']
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(),
          s.isidentifier(), s.isdecimal(), s.isnumeric())
