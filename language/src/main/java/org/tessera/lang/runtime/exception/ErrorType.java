package org.tessera.lang.runtime.exception;

/**
 * The built-in exception classes, in an order where every class follows its base. The names
 * are those of Python's {@code builtins}; {@link #base} gives the hierarchy of CPython 3.11.
 */
public enum ErrorType {
    BaseException(null),
    SystemExit(BaseException),
    KeyboardInterrupt(BaseException),
    GeneratorExit(BaseException),
    Exception(BaseException),
    StopIteration(Exception),
    StopAsyncIteration(Exception),
    ArithmeticError(Exception),
    FloatingPointError(ArithmeticError),
    OverflowError(ArithmeticError),
    ZeroDivisionError(ArithmeticError),
    AssertionError(Exception),
    AttributeError(Exception),
    BufferError(Exception),
    EOFError(Exception),
    ImportError(Exception),
    ModuleNotFoundError(ImportError),
    LookupError(Exception),
    IndexError(LookupError),
    KeyError(LookupError),
    MemoryError(Exception),
    NameError(Exception),
    UnboundLocalError(NameError),
    OSError(Exception),
    FileNotFoundError(OSError),
    FileExistsError(OSError),
    IsADirectoryError(OSError),
    NotADirectoryError(OSError),
    PermissionError(OSError),
    TimeoutError(OSError),
    BlockingIOError(OSError),
    ChildProcessError(OSError),
    ConnectionError(OSError),
    BrokenPipeError(ConnectionError),
    ConnectionAbortedError(ConnectionError),
    ConnectionRefusedError(ConnectionError),
    ConnectionResetError(ConnectionError),
    InterruptedError(OSError),
    ProcessLookupError(OSError),
    ReferenceError(Exception),
    RuntimeError(Exception),
    NotImplementedError(RuntimeError),
    RecursionError(RuntimeError),
    SyntaxError(Exception),
    IndentationError(SyntaxError),
    TabError(IndentationError),
    SystemError(Exception),
    TypeError(Exception),
    ValueError(Exception),
    UnicodeError(ValueError),
    UnicodeDecodeError(UnicodeError),
    UnicodeEncodeError(UnicodeError),
    UnicodeTranslateError(UnicodeError),
    Warning(Exception),
    UserWarning(Warning),
    DeprecationWarning(Warning),
    PendingDeprecationWarning(Warning),
    SyntaxWarning(Warning),
    RuntimeWarning(Warning),
    FutureWarning(Warning),
    ImportWarning(Warning),
    UnicodeWarning(Warning),
    BytesWarning(Warning),
    ResourceWarning(Warning),
    EncodingWarning(Warning);

    public final ErrorType base;

    ErrorType(ErrorType base) {
        this.base = base;
    }
}
