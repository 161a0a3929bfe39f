# Shared by ./tessera, ./test and bench/run: finds JDK 25, reads mx.config and builds the
# module paths. Source it; it defines TESSERA_ROOT, JAVA, and the functions below.

TESSERA_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# mx_config KEY: the value of KEY in mx.config.
mx_config() {
    local value
    value=$(grep -E "^$1=" "$TESSERA_ROOT/mx.config" | head -n 1 | cut -d= -f2-)
    if [ -z "$value" ]; then
        echo "tessera: mx.config has no $1" >&2
        exit 2
    fi
    printf '%s' "$value"
}

# Sets JAVA_HOME and JAVA to a JDK of the pinned major version, or stops with one line.
find_jdk() {
    local major home version
    major=$(mx_config JDK_MAJOR)
    for home in "${JAVA_HOME:-}" "$(mx_config JDK_DEFAULT_HOME)"; do
        [ -n "$home" ] && [ -x "$home/bin/java" ] || continue
        # The image's release file names its version (JAVA_VERSION="25.0.3"); reading it costs
        # nothing, where asking the java binary costs 50 ms of every ./tessera start-up.
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release" 2>/dev/null)
        [ -n "$version" ] || version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
        if [ "$version" = "$major" ]; then
            export JAVA_HOME="$home"
            JAVA="$home/bin/java"
            return 0
        fi
    done
    echo "tessera: needs JDK $major (set JAVA_HOME, or install it at $(mx_config JDK_DEFAULT_HOME))" >&2
    exit 2
}

# Stops with one line unless Maven is installed.
need_maven() {
    if ! command -v mvn >/dev/null 2>&1; then
        echo "tessera: needs Apache Maven (mvn) on PATH to build" >&2
        exit 2
    fi
}

# maven_package NAME LOG MODULES: builds MODULES (comma-separated, with what they need) with
# `mvn package`, their unit tests included — a build that fails its tests is not run — or stops
# with one line naming LOG (relative to the root), where Maven's output is kept.
maven_package() {
    local name=$1 log="$TESSERA_ROOT/$2"
    need_maven
    echo "$name: building and testing $3 (first use or sources changed)..." >&2
    if ! (cd "$TESSERA_ROOT" && mvn -q -B -pl "$3" -am package >"$log" 2>&1); then
        echo "$name: build failed; see $2" >&2
        exit 2
    fi
    rm -f "$log"
}

# Builds the launcher's jars when they are missing or older than any source or pom.
ensure_built() {
    local stamp
    # || true: on a fresh clone there is no jar yet, and ls's failure must not end a pipefail script
    stamp=$(ls "$TESSERA_ROOT"/launcher/target/tessera-launcher-*.jar 2>/dev/null | head -n 1 || true)
    if [ -n "$stamp" ] && [ -d "$TESSERA_ROOT/launcher/target/upgrade" ] && [ -z "$(find "$TESSERA_ROOT/language/src/main" "$TESSERA_ROOT/launcher/src/main" "$TESSERA_ROOT/machine-model/src/main" "$TESSERA_ROOT/jit-worker/src/main" "$TESSERA_ROOT/jit-worker/calibration/fit.yaml" "$TESSERA_ROOT"/pom.xml \
            "$TESSERA_ROOT"/*/pom.xml -newer "$stamp" -print -quit 2>/dev/null)" ]; then
        return 0
    fi
    maven_package tessera launcher/target-build.log language,machine-model,jit-worker,launcher
}

# The java command line that runs the launcher on the optimizing Graal runtime. Normally on the
# runtime image with the AOT cache (ensure_runtime); TESSERA_AOT=0, or a JDK whose image jlink
# cannot copy, gives the plain JDK with the compiler on --upgrade-module-path (slower start-up).
launcher_command() {
    local target="$TESSERA_ROOT/launcher/target"
    local upgrade modules
    upgrade=$(ls "$target"/upgrade/*.jar | tr '\n' ':')
    modules="$(ls "$target"/tessera-launcher-*.jar | head -n 1):$(ls "$target"/lib/*.jar | tr '\n' ':')"
    modules=${modules%:}
    # TESSERA_JAVA_OPTS: extra JVM flags, e.g. for a Java profiler (-XX:StartFlightRecording=...).
    # shellcheck disable=SC2206
    if [ "${TESSERA_AOT:-1}" != 0 ] && ensure_runtime "${upgrade%:}:$modules"; then
        LAUNCHER_CMD=("$RUNTIME_JAVA" -XX:AOTCache="$RUNTIME_AOT" $(mx_config JVM_FLAGS) ${TESSERA_JAVA_OPTS:-} --add-modules jdk.graal.compiler -p "${upgrade%:}:$modules" -m "$(mx_config MAIN_MODULE)")
    else
        LAUNCHER_CMD=("$JAVA" $(mx_config JVM_FLAGS) ${TESSERA_JAVA_OPTS:-} --upgrade-module-path "${upgrade%:}" -p "$modules" -m "$(mx_config MAIN_MODULE)")
    fi
}

# ensure_runtime MODULE_PATH: sets RUNTIME_JAVA and RUNTIME_AOT, making them first when missing or
# stale; returns 1 (after one line on stderr) when they cannot be made.
# - launcher/target/runtime/jdk: a jlink image of the JDK modules in mx.config's RUNTIME_MODULES.
#   It leaves out the JDK's own jdk.graal.compiler (which lacks Truffle's support packages), so the
#   pinned compiler works from the plain module path and the JDK's AOT cache is allowed (the JDK
#   turns it off under --upgrade-module-path). Fewer modules also mean a smaller boot graph.
# - launcher/target/runtime/tessera.aot: the AOT cache (classes loaded and linked, method profiles)
#   of a training run of scripts/aot-training.py, remade whenever a jar on MODULE_PATH is newer.
ensure_runtime() {
    local runtime="$TESSERA_ROOT/launcher/target/runtime" module_path=$1 inputs
    IFS=: read -ra inputs <<<"$module_path"
    inputs+=("$TESSERA_ROOT/mx.config" "$TESSERA_ROOT/scripts/aot-training.py")
    RUNTIME_JAVA="$runtime/jdk/bin/java"
    RUNTIME_AOT="$runtime/tessera.aot"
    image_stale() { [ ! -x "$RUNTIME_JAVA" ] || [ "$JAVA" -nt "$RUNTIME_JAVA" ] || [ "$TESSERA_ROOT/mx.config" -nt "$RUNTIME_JAVA" ]; }
    cache_stale() { [ ! -f "$RUNTIME_AOT" ] || [ -n "$(find "${inputs[@]}" -newer "$RUNTIME_AOT" -print -quit)" ]; }
    if ! image_stale && ! cache_stale; then
        return 0
    fi
    mkdir -p "$runtime"
    (
        flock 9 # another ./tessera may have made them while this one waited: ask again
        if image_stale; then
            echo "tessera: making the runtime image (first use)..." >&2
            rm -rf "$runtime/jdk" "$RUNTIME_AOT"
            if ! "$JAVA_HOME/bin/jlink" --add-modules "$(mx_config RUNTIME_MODULES)" --output "$runtime/jdk" \
                    --no-header-files --no-man-pages >"$runtime/jlink.log" 2>&1; then
                echo "tessera: jlink failed (see $runtime/jlink.log); running on the plain JDK" >&2
                rm -rf "$runtime/jdk"
                exit 1
            fi
        fi
        if cache_stale; then
            echo "tessera: training the AOT cache (after a build)..." >&2
            rm -f "$RUNTIME_AOT" "$RUNTIME_AOT.tmp"
            # shellcheck disable=SC2046
            if ! "$RUNTIME_JAVA" -XX:AOTCacheOutput="$RUNTIME_AOT.tmp" $(mx_config JVM_FLAGS) --add-modules jdk.graal.compiler \
                    -p "$module_path" -m "$(mx_config MAIN_MODULE)" "$TESSERA_ROOT/scripts/aot-training.py" >"$runtime/aot.log" 2>&1 \
                    || [ ! -f "$RUNTIME_AOT.tmp" ]; then
                echo "tessera: the AOT training run failed (see $runtime/aot.log); running on the plain JDK" >&2
                exit 1
            fi
            mv "$RUNTIME_AOT.tmp" "$RUNTIME_AOT"
        fi
    ) 9>"$runtime/.lock"
}

# module_jar NAME MODULE: sets MODULE_JAR to MODULE's jar (MODULE/target/tessera-MODULE-*.jar,
# with its dependencies in MODULE/target/lib), building MODULE with Maven first when the jar or
# target/lib is missing or older than MODULE's sources or pom. NAME prefixes the messages.
module_jar() {
    local name=$1 module="$TESSERA_ROOT/$2"
    MODULE_JAR=$(ls "$module"/target/tessera-"$2"-*.jar 2>/dev/null | head -n 1 || true)
    if [ -n "$MODULE_JAR" ] && [ -d "$module/target/lib" ] && [ -z "$(find "$module/src/main" "$module/pom.xml" -newer "$MODULE_JAR" -print -quit)" ]; then
        return 0
    fi
    maven_package "$name" "$2/target-build.log" "$2"
    MODULE_JAR=$(ls "$module"/target/tessera-"$2"-*.jar | head -n 1)
}
