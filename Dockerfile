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

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app portal
WORKDIR /app
COPY --from=build /portal.jar portal.jar
# Class data sharing (perf/README.md, "Start-up"): the jar extracted, as CDS reads classes only from plain jars, and an
# archive of the classes a start loads. The training run has no database here, so it stops at the connection (exit 1,
# hence "|| true") but has loaded Spring, Tomcat and Hibernate by then: a 52 MB archive. A missing archive is only a
# warning at start.
RUN java -Djarmode=tools -jar portal.jar extract --destination /app/portal && rm portal.jar \
    && (java -XX:ArchiveClassesAtExit=/app/portal/portal.jsa -Dspring.context.exit=onRefresh -jar /app/portal/portal.jar \
        --spring.datasource.url=jdbc:postgresql://localhost:1/none > /dev/null 2>&1 || true)
USER portal
EXPOSE 8080
# Memory (perf/README.md, "Memory"): a 256 MB heap, the serial collector, a smaller code cache and thread stacks, and
# the C library's free memory given back (two malloc arenas, the JVM trimming the native heap every 5 s): 509 MB
# resident at 100,000 cards after the throughput mix.
ENV MALLOC_ARENA_MAX=2
ENTRYPOINT ["java", "-Xmx256m", "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=48m", "-Xss512k", \
    "-XX:TrimNativeHeapInterval=5000", \
    "-XX:SharedArchiveFile=/app/portal/portal.jsa", "-jar", "/app/portal/portal.jar"]
