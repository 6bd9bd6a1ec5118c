# The Eventlens console as a container image, from the production jar:
#   ./mvnw -Pproduction package -DskipTests && docker build -t eventlens .
# Give it a PostgreSQL (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD) and the first admin
# (EVENTLENS_BOOTSTRAP_ADMIN_USERNAME, _PASSWORD); docker-compose.yml does both (README, "Deploying").
FROM eclipse-temurin:25-jre

# curl for the health check only.
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home --home-dir /app --shell /usr/sbin/nologin eventlens

WORKDIR /app
# Owned by root and read-only for the console's user.
COPY target/eventlens.jar /opt/eventlens/eventlens.jar
USER eventlens

# JVM options go here (or through the environment at run time); the heap follows the container's memory limit.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD curl --fail --silent --output /dev/null http://localhost:8080/actuator/health/liveness || exit 1

# The JVM is process 1, so that "docker stop" (SIGTERM) reaches it and it shuts down gracefully.
ENTRYPOINT ["java", "-jar", "/opt/eventlens/eventlens.jar"]
