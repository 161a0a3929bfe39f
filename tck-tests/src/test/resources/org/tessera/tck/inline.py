TCK_OFFSET = 100
def main():
    squares = []
    total = 0
    for n in range(5):
        squares.append(n * n)
        total += squares[-1]
    return total
