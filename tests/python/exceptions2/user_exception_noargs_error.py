# An uncaught user exception raised without arguments prints only its class name.
class Halt(Exception):
    pass


def run(steps):
    for s in steps:
        if s == 'halt':
            raise Halt
        print('step', s)

run(['a', 'b', 'halt', 'c'])
