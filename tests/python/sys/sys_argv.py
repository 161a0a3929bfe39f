# sys.argv holds the script name as given on the command line.
import sys
print(sys.argv)
print(len(sys.argv))
print(sys.argv[0])
print(type(sys.argv).__name__)
print(sys.argv[1:])
