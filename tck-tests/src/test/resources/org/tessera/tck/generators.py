def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found):
            found.append(n)
            yield n
        n += 1


def main():
    out = []
    for p in primes():
        if p > 30:
            break
        out.append(p)
    return out
