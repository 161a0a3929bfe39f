# Helper module without __all__: star import takes every name not starting with '_'.
import _mod_a
alpha = 1
beta = [2]
_hidden = 3


def gamma():
    return 'gamma sees alpha=%d' % alpha


class Delta:
    pass
