# Shared by the benchmark scripts: source it, then call what is needed.

# Keeps JAVA_HOME when set; else takes the newest JDK 21+ under /usr/lib/jvm, as .ci/run does.
bench_jdk() {
  if [ -z "${JAVA_HOME:-}" ]; then
    JAVA_HOME=$(ls -d /usr/lib/jvm/*/ | sort -V -r | while read -r d; do
      v=$("${d}bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
      [ "${v:-0}" -ge 21 ] && { echo "${d%/}"; break; }; done)
  fi
  export JAVA_HOME
}

# Sets jar to target/vigie.jar, building it first unless BENCH_SKIP_BUILD is set and it exists.
bench_jar() {
  jar=$(pwd)/target/vigie.jar
  if [ -z "${BENCH_SKIP_BUILD:-}" ] || [ ! -f "$jar" ]; then
    ./mvnw -B -q -o -DskipTests package
  fi
}
