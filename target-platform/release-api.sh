#!/bin/sh
# Releases the API: copies every bundle of ours that exports packages, as built in its target/
# folder, into the committed Maven repository target-platform/baseline as version $1, the
# release bnd's baseline compares the next builds against. Run after
# `mvn -B -q install -DskipTests`, then set <aimaq.baseline.version> in the root pom.xml to $1,
# delete the previous release's folders and commit (CONTRIBUTING.md, "Releasing an API").
set -eu
version=${1:?usage: target-platform/release-api.sh <api release version, e.g. 1.1.0>}
root=$(cd "$(dirname "$0")/.." && pwd)
for jar in "$root"/bundles/*/target/*.jar; do
    case "$jar" in *-tests.jar|*-sources.jar) continue ;; esac
    if unzip -p "$jar" META-INF/MANIFEST.MF | grep -q '^Export-Package:'; then
        artifact=$(basename "$(dirname "$(dirname "$jar")")")
        echo "releasing $artifact as $version"
        mvn -B -q org.apache.maven.plugins:maven-deploy-plugin:3.1.3:deploy-file -Dfile="$jar" \
            -DgroupId=kz.aimaq -DartifactId="$artifact" -Dversion="$version" -Dpackaging=jar \
            -DgeneratePom=true -Durl="file://$root/target-platform/baseline"
    fi
done
