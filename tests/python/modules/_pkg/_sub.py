# Helper submodule _pkg._sub.
print('  [init', __name__ + ']')
SUB_VALUE = 10


def sub_func():
    return 'sub_func in ' + __name__
