# Calendar computations: leap years, day of week (Zeller), month calendars.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    if m == 2:
        return 29 if is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31
NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
def weekday(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k = y % 100
    j = y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7
for y in [1900, 2000, 2023, 2024, 2100, 2400]:
    print(y, is_leap(y))
dates = [(1969, 7, 20), (2000, 1, 1), (1999, 12, 31), (2024, 2, 29), (1815, 6, 18), (2038, 1, 19)]
for y, m, d in dates:
    print('%04d-%02d-%02d %s' % (y, m, d, NAMES[weekday(y, m, d)]))
def print_month(y, m):
    print(('%d-%02d' % (y, m)).center(20))
    print('Mo Tu We Th Fr Sa Su')
    first = weekday(y, m, 1)
    line = '   ' * first
    for d in range(1, days_in_month(y, m) + 1):
        line += '%2d ' % d
        if (first + d) % 7 == 0:
            print(line.rstrip())
            line = ''
    if line:
        print(line.rstrip())
print_month(2024, 2)
print_month(2023, 10)
def day_of_year(y, m, d):
    total = d
    for mm in range(1, m):
        total += days_in_month(y, mm)
    return total
print(day_of_year(2024, 12, 31), day_of_year(2023, 12, 31), day_of_year(2024, 3, 1))
fridays = 0
for y in range(1901, 2001):
    for m in range(1, 13):
        if weekday(y, m, 13) == 4:
            fridays += 1
print('Friday the 13ths in the 20th century:', fridays)
