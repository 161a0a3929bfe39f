#!/usr/bin/env python3
"""Measures the event mix of the benchmark suite under CPython 3.11 and derives the cpython-like
cost table from it and Ismail & Suh's category averages.

    python3 machine-model/tools/cpython-event-mix.py            # writes the cost table
    python3 machine-model/tools/cpython-event-mix.py --mix      # prints the mix only

How: every benchmark in bench/ runs once at a small size with opcode tracing (sys.settrace with
f_trace_opcodes) and a profiler (sys.setprofile, for Python and C calls). Executed bytecodes are
mapped to the model's events (Event in org.tessera.machine.program) -- the events a Truffle
instrument reports: statements, calls, variable/attribute/element reads and writes, arithmetic,
comparisons, constants, branches, loop iterations, allocations, exceptions. Each benchmark's
counts are normalised to events per 1,000, then averaged with equal weight per benchmark (as Ismail
& Suh average percentages over benchmarks).

Costs: a category's share of a program's cycles is sum over events of count(e) * cost(e, c).
WEIGHTS below says, for each category, how much of it each event incurs *relative to the other
events*, from what CPython 3.11 does for that bytecode (e.g. name resolution happens in
LOAD_GLOBAL, two dictionary probes, and LOAD_ATTR, an instance dictionary and a type MRO probe;
locals are fast slots, so none). The weights fix the shape; the scale of each category is then
solved so that the measured mix gets exactly Ismail & Suh's average share of that category:

    cost(e, c) = target(c) * CYCLES_PER_1000_EVENTS * weight(e, c) / sum_e' mix(e') * weight(e', c)

rounded to whole cycles. CYCLES_PER_1000_EVENTS = 45,000, i.e. 45 cycles per event on average: an
in-order tile core running CPython's ~30-60 instructions per bytecode at about one instruction per
cycle. This is a calibrated guess, not a measurement; the shares, not the absolute speed, are
what the table is built to reproduce.
"""
import dis
import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "bench")
OUT = os.path.join(ROOT, "machine-model", "src", "main", "resources", "org", "tessera", "machine", "costs", "cpython-like.yaml")

# Sizes: small enough that tracing (~50x slower) keeps each under a few seconds.
SIZES = {
    "fib": 18, "intloop": 1000, "strings": 5000, "nbody": 2000, "fannkuch": 7, "spectral_norm": 40,
    "richards": 2, "deltablue": 100, "nqueens": 6, "raytrace": 14, "chaos": 1500, "float": 3000,
    "go": 5, "json_bench": 40, "tokenizer": 60, "wordfreq": 4000, "generators": 6000, "sorting": 2000,
    "pidigits": 150, "deque_bench": 3000, "sieve": 1, "towers": 1, "bounce": 1, "mandelbrot": 30,
    "permute": 1, "storage": 1, "list_bench": 1,
}

EVENTS = ["statement", "call", "return", "builtin_call", "local_read", "local_write", "global_read",
          "global_write", "attribute_read", "attribute_write", "element_read", "element_write",
          "arithmetic", "comparison", "constant", "branch", "loop_iteration", "allocation", "exception"]

OPCODES = {
    "local_read": ["LOAD_FAST", "LOAD_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF"],
    "local_write": ["STORE_FAST", "STORE_DEREF", "DELETE_FAST", "DELETE_DEREF"],
    "global_read": ["LOAD_GLOBAL", "LOAD_NAME", "IMPORT_NAME", "IMPORT_FROM"],
    "global_write": ["STORE_GLOBAL", "STORE_NAME", "DELETE_GLOBAL", "DELETE_NAME"],
    "attribute_read": ["LOAD_ATTR", "LOAD_METHOD"],
    "attribute_write": ["STORE_ATTR", "DELETE_ATTR"],
    "element_read": ["BINARY_SUBSCR", "UNPACK_SEQUENCE", "UNPACK_EX"],
    "element_write": ["STORE_SUBSCR", "DELETE_SUBSCR", "LIST_APPEND", "SET_ADD", "MAP_ADD"],
    "arithmetic": ["BINARY_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT", "UNARY_NOT"],
    "comparison": ["COMPARE_OP", "IS_OP", "CONTAINS_OP"],
    "constant": ["LOAD_CONST"],
    "branch": ["POP_JUMP_FORWARD_IF_FALSE", "POP_JUMP_FORWARD_IF_TRUE", "POP_JUMP_FORWARD_IF_NONE",
               "POP_JUMP_FORWARD_IF_NOT_NONE", "JUMP_FORWARD", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP"],
    "loop_iteration": ["JUMP_BACKWARD", "JUMP_BACKWARD_NO_INTERRUPT", "POP_JUMP_BACKWARD_IF_FALSE",
                       "POP_JUMP_BACKWARD_IF_TRUE", "POP_JUMP_BACKWARD_IF_NONE", "POP_JUMP_BACKWARD_IF_NOT_NONE"],
    "allocation": ["BUILD_LIST", "BUILD_TUPLE", "BUILD_MAP", "BUILD_SET", "BUILD_CONST_KEY_MAP", "BUILD_SLICE",
                   "BUILD_STRING", "MAKE_FUNCTION", "LIST_TO_TUPLE", "GET_ITER", "RETURN_GENERATOR"],
    "exception": ["RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "CHECK_EXC_MATCH"],
}
# Bytecodes that belong to an event counted elsewhere (by the profiler, or a loop's back edge):
# they add to that event's share of dispatch, not to the event count.
ATTACHED = {
    "PRECALL": "call", "CALL": "call", "PUSH_NULL": "call", "KW_NAMES": "call", "RESUME": "call",
    "CALL_FUNCTION_EX": "call", "RETURN_VALUE": "return", "YIELD_VALUE": "return", "FOR_ITER": "loop_iteration",
}
OPCODE_EVENT = {dis.opmap[name]: event for event, names in OPCODES.items() for name in names}

# Ismail & Suh (IISWC 2018), CPython average over 48 benchmarks, % of execution time, as read from
# the paper's figure (shared/REFERENCES.md section 5). Constant load is "< 0.2" there: 0.1 is used.
TARGETS = {
    "name_resolution": 9.1, "function_resolution": 1.2, "function_setup": 4.9, "dispatch": 14.1,
    "type_check": 1.2, "boxing": 1.4, "object_allocation": 3.6, "gc": 2.8, "error_check": 3.1,
    "rich_control_flow": 1.3, "stack": 2.3, "constant_load": 0.1, "register_transfer": 1.3,
    "c_function_call": 18.4, "useful_work": 35.1,
}
CATEGORIES = list(TARGETS)

# Relative weights (events not listed: 0). "dispatch" is filled in from the measured bytecodes
# per event. Comments say what CPython 3.11 does that incurs the category.
WEIGHTS = {
    # dictionary probes: globals then builtins; instance dict then the type's MRO
    "name_resolution": {"global_read": 2, "global_write": 1, "attribute_read": 3, "attribute_write": 2},
    # finding the code to run: the callable's vectorcall slot, a type's operator slot
    "function_resolution": {"call": 1, "builtin_call": 1, "arithmetic": 0.5, "comparison": 0.5,
                            "element_read": 0.5, "element_write": 0.5},
    # frame creation, argument copying, frame teardown
    "function_setup": {"call": 1, "return": 0.6, "builtin_call": 0.3},
    "dispatch": None,
    # operand type tests on the generic paths
    "type_check": {"arithmetic": 1, "comparison": 1, "element_read": 0.5, "element_write": 0.5,
                   "branch": 0.5, "loop_iteration": 0.3, "builtin_call": 0.3},
    # unboxing operands, boxing results (ints, floats, bools)
    "boxing": {"arithmetic": 1, "comparison": 0.5, "element_read": 0.3, "loop_iteration": 0.3},
    # PyObject_Malloc and initialisation; result objects of arithmetic; frames; argument tuples
    "object_allocation": {"allocation": 1, "arithmetic": 0.5, "call": 0.3, "builtin_call": 0.3},
    # reference counting (Py_INCREF/DECREF on every push and store) and GC tracking of containers;
    # the tile machine's collector is modelled separately and adds to this
    "gc": {"local_read": 1, "local_write": 1, "element_read": 1, "attribute_read": 1, "return": 1,
           "allocation": 2},
    # NULL/error tests after each C call, StopIteration, exception matching
    "error_check": {"builtin_call": 1, "arithmetic": 0.5, "attribute_read": 0.5, "element_read": 0.5,
                    "call": 0.5, "comparison": 0.3, "loop_iteration": 0.3, "exception": 2},
    # iterator protocol, exception unwinding
    "rich_control_flow": {"loop_iteration": 1, "exception": 3},
    # value-stack pushes and pops
    "stack": {e: 1 for e in EVENTS if e != "exception"},
    "constant_load": {"constant": 1},
    # copies between frame slots, the value stack and argument arrays
    "register_transfer": {"local_read": 1, "local_write": 1, "call": 1, "return": 0.5},
    # C-level calls the interpreter makes to carry out the operation (PyNumber_Add, PyObject_GetAttr,
    # tp_iternext, PyObject_Malloc...)
    "c_function_call": {"builtin_call": 2, "arithmetic": 1, "comparison": 1, "element_read": 1,
                        "element_write": 1, "attribute_read": 1, "attribute_write": 1, "allocation": 1,
                        "loop_iteration": 1, "call": 0.5, "return": 0.5, "global_read": 0.3, "exception": 3},
    # the operation itself: the add, the load or store, the branch, the builtin's own work
    "useful_work": {"arithmetic": 1, "comparison": 1, "element_read": 1, "element_write": 1,
                    "attribute_read": 1, "attribute_write": 1, "local_read": 0.3, "local_write": 0.3,
                    "global_read": 0.3, "branch": 1, "loop_iteration": 1, "call": 1, "return": 0.5,
                    "builtin_call": 3, "allocation": 1},
}
CYCLES_PER_1000_EVENTS = 45_000


def measure(name, size):
    counts = dict.fromkeys(EVENTS, 0)
    dispatch = dict.fromkeys(EVENTS, 0)
    unmapped = 0

    def tracer(frame, event, arg):
        nonlocal unmapped
        if event == "call":
            frame.f_trace_opcodes = True
            return tracer
        if event == "line":
            counts["statement"] += 1
        elif event == "opcode":
            op = frame.f_code.co_code[frame.f_lasti]
            e = OPCODE_EVENT.get(op)
            if e is not None:
                counts[e] += 1
                dispatch[e] += 1
            else:
                attached = ATTACHED.get(dis.opname[op])
                if attached is not None:
                    dispatch[attached] += 1
                else:
                    unmapped += 1
                    dispatch["statement"] += 1  # POP_TOP, COPY, SWAP...: the statement's own bytecodes
        return tracer

    def profiler(frame, event, arg):
        if event == "call":
            counts["call"] += 1
            if frame.f_code.co_name == "__init__":
                counts["allocation"] += 1
        elif event == "return":
            counts["return"] += 1
        elif event == "c_call":
            counts["builtin_call"] += 1

    path = os.path.join(BENCH, name + ".py")
    source = open(path).read()
    sys.argv = [path, "1", str(size)]
    sys.path.insert(0, BENCH)
    devnull = open(os.devnull, "w")
    stdout, sys.stdout = sys.stdout, devnull
    try:
        sys.setprofile(profiler)
        sys.settrace(tracer)
        exec(compile(source, path, "exec"), {"__name__": "__main__", "__file__": path})
    finally:
        sys.settrace(None)
        sys.setprofile(None)
        sys.stdout = stdout
        sys.path.remove(BENCH)
    return counts, dispatch, unmapped


def main():
    mix_only = "--mix" in sys.argv
    mixes = []
    dispatch_per_event = dict.fromkeys(EVENTS, 0.0)
    for name, size in SIZES.items():
        start = time.time()
        counts, dispatch, unmapped = measure(name, size)
        total = sum(counts.values())
        mixes.append({e: 1000.0 * counts[e] / total for e in EVENTS})
        for e in EVENTS:
            dispatch_per_event[e] += 1000.0 * dispatch[e] / total / len(SIZES)
        print("%-14s %10d events %8.1f s" % (name, total, time.time() - start), file=sys.stderr)
    mix = {e: sum(m[e] for m in mixes) / len(mixes) for e in EVENTS}
    # Call bytecodes (PRECALL, CALL, ...) serve Python and C calls alike: share them out evenly.
    calls = mix["call"] + mix["builtin_call"]
    per_call = dispatch_per_event["call"] / calls
    dispatch_per_event["call"] = per_call * mix["call"]
    dispatch_per_event["builtin_call"] = per_call * mix["builtin_call"]
    # Bytecodes per event: dispatch is paid once per bytecode.
    WEIGHTS["dispatch"] = {e: (dispatch_per_event[e] / mix[e] if mix[e] else 1.0) for e in EVENTS}
    if mix_only:
        for e in EVENTS:
            print("%-16s %8.2f per 1000   %.2f bytecodes each" % (e, mix[e], WEIGHTS["dispatch"][e]))
        return
    costs = {e: {} for e in EVENTS}
    for c in CATEGORIES:
        weights = WEIGHTS[c]
        denominator = sum(mix[e] * weights.get(e, 0) for e in EVENTS)
        for e in EVENTS:
            w = weights.get(e, 0)
            if w:
                cycles = round(TARGETS[c] / 100 * CYCLES_PER_1000_EVENTS * w / denominator)
                if cycles:
                    costs[e][c] = cycles
    write(mix, costs)


def write(mix, costs):
    lines = [HEADER.rstrip("\n"), "events:"]
    width = max(len(e) for e in EVENTS)
    for e in EVENTS:
        body = ", ".join("%s: %d" % (c, costs[e][c]) for c in CATEGORIES if c in costs[e])
        lines.append("  %s {%s}   # %d cycles" % ((e + ":").ljust(width + 1), body, sum(costs[e].values())))
    lines.append(FOOTER.rstrip("\n"))
    lines.append("calibration:")
    lines.append("  # events per 1,000 in the benchmark suite under CPython 3.11 (measured by the script above)")
    lines.append("  event_mix: {" + ", ".join("%s: %.1f" % (e, mix[e]) for e in EVENTS) + "}")
    lines.append("  # Ismail & Suh (IISWC 2018), CPython average over 48 benchmarks, % of time (REFERENCES.md 5)")
    lines.append("  target_percent: {" + ", ".join("%s: %s" % (c, TARGETS[c]) for c in CATEGORIES) + "}")
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", OUT, file=sys.stderr)


HEADER = """\
# cpython-like: what an interpreter built like CPython 3.11 (a bytecode loop, dictionaries for
# names, boxed values, reference counting, C calls for every operation) costs per event on one
# in-order tile core, split over Ismail & Suh's overhead categories (IISWC 2018).
#
# GENERATED by machine-model/tools/cpython-event-mix.py -- change the script, not the numbers.
# How the numbers were derived:
# 1. The event mix: every program of bench/ ran under CPython 3.11 with opcode tracing; executed
#    bytecodes were mapped to events (LOAD_FAST -> local_read, LOAD_ATTR -> attribute_read,
#    BINARY_OP -> arithmetic, back edges -> loop_iteration, ...) and averaged per benchmark
#    (calibration.event_mix below).
# 2. For each category, relative weights say which events incur it and how much (from what
#    CPython does for that bytecode: see WEIGHTS in the script); dispatch is weighted by the
#    bytecodes each event takes.
# 3. Each category is then scaled so that, on that mix, it takes Ismail & Suh's average share of
#    CPython's time (calibration.target_percent): cost(e, c) = target(c) x 45,000 x weight(e, c)
#    / sum over events of mix x weight, rounded to whole cycles. 45 cycles per event on average is
#    a calibrated guess for CPython on an in-order core at about one instruction per cycle.
# A run's breakdown matches the targets only as far as its event mix matches the suite's, and the
# model adds what CPython's numbers do not have: the tile collector (gc) and remote accesses.
# Tests check that this table reproduces the targets on its own mix within 1 percentage point.
name: cpython-like
description: a CPython-3.11-like bytecode interpreter on an in-order tile core
"""

FOOTER = """\
# The tile's garbage collector (used with every table; truffle-interpreter and compiled inherit it).
# Calibrated guesses: no published per-object or per-byte constants exist (REFERENCES.md 3).
gc:
  base_cycles: 500                  # stop, scan the roots, set up the mark stack
  cycles_per_live_object: 40        # mark: load header, test-and-set the mark bit, push and pop
  cycles_per_live_byte: 0.25        # scan the object's fields for references
  cycles_per_dead_object: 10        # sweep: return the block to the free list
  hardware_mark_speedup: 4.2        # Maas et al., ISCA 2018: the unit marks 4.2x faster than an in-order core
  hardware_sweep_speedup: 1.0       # not retrieved [unverified]: taken as no faster
  hardware_pause_cycles: 150        # the tile stops only to snapshot its roots and hand over the sweep
  hardware_trigger: 0.75            # a concurrent collection starts when the heap is this full
  # A nursery's minor collections (--tilemachine.Nursery; machine-model/PROGRAM.md, "Nursery"). A copying
  # collector's work is proportional to the survivors (Appel 1989); dead young objects cost nothing.
  cycles_per_promoted_object: 60    # as marking one (40), plus the forwarding pointer and an old-space block (20)
  cycles_per_promoted_byte: 0.5     # copy one 8-byte word per load and store (0.25), plus scanning it (0.25, as cycles_per_live_byte)
  cycles_per_remembered_object: 20  # scan an old object the write barrier remembered for references into the nursery
  write_barrier_cycles: 2           # per write with a nursery on: two extra instructions per store (Hoelzle, OOPSLA'93 GC workshop)
  hardware_copy_speedup: 1.0        # not published: the unit copies no faster than the core (memory-bound)
calls:
  migration_bytes: 64               # a frame moved to the receiver's tile: code pointer, arguments, return tile
  return_bytes: 16                  # the result going back
parallel:
  spawn_cycles: 60                  # the parent's work to start one task (closure and arguments)
  spawn_bytes: 48                   # the message that starts a task on its tile
  result_bytes: 16                  # the message that returns its result
"""

if __name__ == "__main__":
    main()
