# syntax=docker/dockerfile:1
# The web application, built from source. See docs/operations.md.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# global.json pins the developers' SDK; the image brings its own 10.0 SDK, so it is left out here.
COPY Directory.Build.props Directory.Packages.props .editorconfig ./
COPY data/ data/
COPY src/ src/
RUN dotnet publish src/Web/Recruitment.Web.csproj -c Release -r linux-x64 --self-contained false -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
COPY --from=build /app .
# Uploaded documents and generated PDFs live in /data; the image's non-root "app" user owns it.
RUN mkdir -p /data && chown app:app /data
USER app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    Storage__DataFolder=/data \
    DOTNET_RUNNING_IN_CONTAINER=true
EXPOSE 8080
VOLUME ["/data"]
ENTRYPOINT ["dotnet", "Recruitment.Web.dll"]
