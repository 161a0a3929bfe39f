# Helper module that reports its own __name__ and whether it runs as the main script.
if __name__ == '__main__':
    print('  _mod_main_check running as main')
else:
    print('  _mod_main_check imported, __name__ =', __name__)
MY_NAME = __name__
