# The dipgraph API and web page. With NEO4J_URI set it uses Neo4j; otherwise the embedded store in /data.

# The web page: built from the lockfile, only dist/ is kept.
FROM node:20-slim AS web
WORKDIR /web
COPY api/web/package.json api/web/package-lock.json ./
RUN npm ci
COPY api/web/index.html api/web/vite.config.js ./
COPY api/web/src src
RUN npm run build

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY graph graph
COPY api api
COPY ingest ingest
COPY dipgraph dipgraph
COPY seeds seeds
COPY --from=web /web/dist api/web/dist
# Editable, so the code runs from /app next to the data it reads (seeds/actors, the extraction
# lexicon, api/web/dist): the wheel of `pip install .` carries only the Python modules.
RUN pip install --no-cache-dir -e .
ENV DIPGRAPH_DB=/data/dipgraph.db
EXPOSE 8000
CMD ["sh", "-c", "dipgraph ingest seeds/ && exec dipgraph serve --host 0.0.0.0 --port 8000"]
