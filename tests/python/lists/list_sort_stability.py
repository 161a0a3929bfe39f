# Sorting is stable, also with reverse=True.
records = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 3), ('grace', 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(by_name)
by_score = sorted(by_name, key=lambda r: -r[1])
print(by_score)
words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'gg']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
words.sort(key=len)
print(words)
data = []
for i in range(20):
    data.append((i * 7 % 5, i))
data.sort(key=lambda p: p[0])
print(data)
