class AppError(Exception):
    pass


def risky(n):
    if n % 3 == 0:
        raise AppError("bad %d" % n)
    return n


def main():
    log = []
    for i in range(5):
        try:
            log.append(str(risky(i)))
        except AppError as e:
            log.append(str(e))
        finally:
            log.append(".")
    return "".join(log)
