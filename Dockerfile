# The dipgraph API. With NEO4J_URI set it uses Neo4j; otherwise the embedded store in /data.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph graph
COPY api api
COPY ingest ingest
COPY dipgraph dipgraph
COPY seeds seeds
RUN pip install --no-cache-dir .
ENV DIPGRAPH_DB=/data/dipgraph.db
EXPOSE 8000
CMD ["sh", "-c", "dipgraph ingest seeds/events seeds/000_33d1ed684b20675d.txt && exec dipgraph serve --host 0.0.0.0 --port 8000"]
