# Portal image for docker compose: build with the Maven wrapper, run on a JRE.
# The image always runs on an external database (SPRING_DATASOURCE_URL): -Dembedded-db.skip builds the jar without
# any embedded PostgreSQL binaries (see README, "Build gates").
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp -Dembedded-db.skip dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -Dembedded-db.skip package -DskipTests && cp target/portale-welfare-*.jar /portal.jar

# The runtime is JDK 25 (the code is compiled for 17): its ahead-of-time cache (JEP 483/514/515) starts the portal
# 1.2-1.5 s sooner than JDK 17's class data sharing (perf/README.md, "Start-up on JDK 25").
FROM eclipse-temurin:25-jre AS runtime
RUN useradd --system --home /app portal
WORKDIR /app
COPY --from=build /portal.jar portal.jar
# The jar extracted: the cache reads classes only from plain jars.
RUN java -Djarmode=tools -jar portal.jar extract --destination /app/portal && rm portal.jar
ENV MALLOC_ARENA_MAX=2
ENV PORTAL_JAVA_FLAGS="-Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000"

# A training run records the classes a start loads and links, with the flags of the real start, against a PostgreSQL
# of this stage only (the distribution's package): it migrates and seeds an empty database and stops once the
# application context is refreshed. Trained without a database, the cache recorded less and the start took about a
# quarter longer (perf/README.md, "Start-up in the Docker image"). The cache is tied to this stage's jars, which the
# final stage shares.
FROM runtime AS training
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql \
    && cluster=$(ls /etc/postgresql) \
    && pg_ctlcluster --skip-systemctl-redirect "$cluster" main start \
    && su postgres -c "psql -q -c \"alter user postgres password 'training'\"" \
    && java $PORTAL_JAVA_FLAGS -XX:AOTCacheOutput=/app/portal/portal.aot -Dspring.context.exit=onRefresh \
        -jar /app/portal/portal.jar --spring.datasource.url=jdbc:postgresql://localhost:5432/postgres \
        --spring.datasource.username=postgres --spring.datasource.password=training \
    && pg_ctlcluster --skip-systemctl-redirect "$cluster" main stop

FROM runtime
# A missing or refused cache is only a warning at start.
COPY --from=training /app/portal/portal.aot /app/portal/portal.aot
USER portal
EXPOSE 8080
# Memory (perf/README.md, "Memory"), PORTAL_JAVA_FLAGS above: a 256 MB heap, the serial collector, a smaller code
# cache and thread stacks, and the C library's free memory given back (two malloc arenas, the JVM trimming the native
# heap every 5 s): 509 MB resident at 100,000 cards after the throughput mix. Set PORTAL_JAVA_FLAGS to change them
# (the cache is then still used if the collector is the same); arguments after the image name go to the portal.
ENTRYPOINT ["sh", "-c", "exec java $PORTAL_JAVA_FLAGS -XX:AOTCache=/app/portal/portal.aot -jar /app/portal/portal.jar \"$@\"", "portal"]
