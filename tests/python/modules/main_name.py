# __name__ is '__main__' in the main script and the module name inside imported modules.
print(__name__)
if __name__ == '__main__':
    print('running as main')
import _mod_main_check
print(_mod_main_check.MY_NAME, _mod_main_check.__name__)
import _pkg._sub
print(_pkg.__name__, _pkg._sub.__name__)


def main():
    return 'main() called'

if __name__ == '__main__':
    print(main())
