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
USER portal
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/portal.jar"]
