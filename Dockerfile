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
FROM eclipse-temurin:25-jre
RUN useradd --system --home /app portal
WORKDIR /app
COPY --from=build /portal.jar portal.jar
# The jar extracted (the cache reads classes only from plain jars) and a training run that records the classes a
# start loads and links, with the flags of the real start. The training run has no database here, so it stops at the
# connection (exit 1, hence "|| true") but has loaded Spring, Tomcat and Hibernate by then. A missing or refused
# cache is only a warning at start.
ENV MALLOC_ARENA_MAX=2
ENV PORTAL_JAVA_FLAGS="-Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m -Xss512k -XX:TrimNativeHeapInterval=5000"
RUN java -Djarmode=tools -jar portal.jar extract --destination /app/portal && rm portal.jar \
    && (java $PORTAL_JAVA_FLAGS -XX:AOTCacheOutput=/app/portal/portal.aot -Dspring.context.exit=onRefresh \
        -jar /app/portal/portal.jar --spring.datasource.url=jdbc:postgresql://localhost:1/none > /dev/null 2>&1 || true)
USER portal
EXPOSE 8080
# Memory (perf/README.md, "Memory"), PORTAL_JAVA_FLAGS above: a 256 MB heap, the serial collector, a smaller code
# cache and thread stacks, and the C library's free memory given back (two malloc arenas, the JVM trimming the native
# heap every 5 s): 509 MB resident at 100,000 cards after the throughput mix. Set PORTAL_JAVA_FLAGS to change them
# (the cache is then still used if the collector is the same); arguments after the image name go to the portal.
ENTRYPOINT ["sh", "-c", "exec java $PORTAL_JAVA_FLAGS -XX:AOTCache=/app/portal/portal.aot -jar /app/portal/portal.jar \"$@\"", "portal"]
