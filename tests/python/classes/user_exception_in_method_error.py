# An uncaught exception raised deep inside method calls shows the plain class name.
class ValidationError(Exception):
    pass


class Form:
    def __init__(self, **fields):
        self.fields = fields

    def validate(self):
        for name in sorted(self.fields):
            self.check(name, self.fields[name])
            print('ok', name)

    def check(self, name, value):
        if not value:
            raise ValidationError('field %r is empty' % name)

Form(a=1, b='x').validate()
Form(a=1, b='', c=3).validate()
