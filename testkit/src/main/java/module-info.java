/** For the tests of format plugins: the conformance check, generated random datasets, the linear-time probe. */
module org.civicwatch.testkit {
    requires static jsr305;
    requires transitive org.civicwatch.core;

    exports org.civicwatch.testkit;
}
