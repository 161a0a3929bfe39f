# sys.exit(3) ends the program with status 3 after flushing output.
import sys
def main():
    total = 0
    for i in range(10):
        total += i
        print('running total', total)
    return total
result = main()
print('result', result)
sys.exit(3)
print('never printed')
