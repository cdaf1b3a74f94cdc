# syntax=docker/dockerfile:1
# Housing First case management: the packaged app in Spring Boot's extracted layout.
#   docker build -t housing-first .
# Configuration comes only from the environment (see docker-compose.yml and db/README.md):
# SPRING_DATASOURCE_* (runtime role), SPRING_FLYWAY_USER/PASSWORD (schema owner),
# HF_DB_APP_ROLE, HF_BOOTSTRAP_ADMIN_USERNAME/PASSWORD.

# --- build -------------------------------------------------------------------------------
FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY src/ src/
COPY db/ db/
# The cache mount keeps Maven and the dependencies between builds (BuildKit).
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package
# Extract the fat jar into app.jar + lib/, split by how often each part changes so an
# ordinary code change rebuilds only the small "application" layer. The extracted layout
# also starts faster and serves faster than a nested jar (see docs/adr/0004).
RUN java -Djarmode=tools -jar target/housing-first-*.jar extract \
        --layers --destination extracted --application-filename app.jar

# --- runtime -----------------------------------------------------------------------------
FROM eclipse-temurin:21-jre
LABEL org.opencontainers.image.title="Housing First case management" \
      org.opencontainers.image.description="Case management for Housing First teams in Norwegian municipalities"
# A fixed, unprivileged uid without a shell; the application files stay owned by root and
# read-only for it.
RUN groupadd --system --gid 10001 housingfirst \
    && useradd --system --uid 10001 --gid housingfirst --home-dir /app --no-create-home \
       --shell /usr/sbin/nologin housingfirst
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER 10001:10001
# Overridable as a whole: heap from the container's memory limit; die (and be restarted)
# rather than limp on after an OutOfMemoryError.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
# No HEALTHCHECK here: docker-compose.yml probes /actuator/health with bash alone (curl and
# wget are in the base image only "for historical reasons"); Kubernetes uses httpGet probes.
# This ENTRYPOINT replaces the base image's CA-certificate helper (USE_SYSTEM_CA_CERTS),
# which the app does not use.
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
