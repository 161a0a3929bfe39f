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
        version=$("$home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
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

# Builds the launcher's jars when they are missing or older than any source or pom. These
# builds (here and in module_jar) make a command runnable and skip the tests on purpose:
# ./test (mvn verify, what .ci/run runs) builds everything again and runs every test.
ensure_built() {
    local stamp
    stamp=$(ls "$TESSERA_ROOT"/launcher/target/tessera-launcher-*.jar 2>/dev/null | head -n 1)
    if [ -n "$stamp" ] && [ -d "$TESSERA_ROOT/launcher/target/upgrade" ] && [ -z "$(find "$TESSERA_ROOT/language/src/main" "$TESSERA_ROOT/launcher/src/main" "$TESSERA_ROOT/machine-model/src/main" "$TESSERA_ROOT"/pom.xml \
            "$TESSERA_ROOT"/*/pom.xml -newer "$stamp" -print -quit 2>/dev/null)" ]; then
        return 0
    fi
    need_maven
    echo "tessera: building (first use or sources changed)..." >&2
    if ! (cd "$TESSERA_ROOT" && mvn -q -B -DskipTests -pl language,machine-model,launcher -am package >"$TESSERA_ROOT/launcher/target-build.log" 2>&1); then
        echo "tessera: build failed; see launcher/target-build.log" >&2
        exit 2
    fi
    rm -f "$TESSERA_ROOT/launcher/target-build.log"
}

# The java command line that runs the launcher on the optimizing Graal runtime.
launcher_command() {
    local target="$TESSERA_ROOT/launcher/target"
    local upgrade modules
    upgrade=$(ls "$target"/upgrade/*.jar | tr '\n' ':')
    modules="$target/lib:$(ls "$target"/tessera-launcher-*.jar | head -n 1)"
    # shellcheck disable=SC2206
    # TESSERA_JAVA_OPTS: extra JVM flags, e.g. for a Java profiler (-XX:StartFlightRecording=...).
    LAUNCHER_CMD=("$JAVA" $(mx_config JVM_FLAGS) ${TESSERA_JAVA_OPTS:-} --upgrade-module-path "${upgrade%:}" -p "$modules" -m "$(mx_config MAIN_MODULE)")
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
    need_maven
    echo "$name: building $2 (first use or sources changed)..." >&2
    if ! (cd "$TESSERA_ROOT" && mvn -q -B -DskipTests -pl "$2" -am package >"$module/target-build.log" 2>&1); then
        echo "$name: build failed; see $2/target-build.log" >&2
        exit 2
    fi
    rm -f "$module/target-build.log"
    MODULE_JAR=$(ls "$module"/target/tessera-"$2"-*.jar | head -n 1)
}
