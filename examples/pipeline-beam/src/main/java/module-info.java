/** The civicwatch conversion as an Apache Beam pipeline. */
module org.civicwatch.pipeline {
    requires static jsr305;
    requires org.civicwatch.core;
    requires org.civicwatch.blog;
    requires org.apache.beam.sdk;
    requires jwarc;

    exports org.civicwatch.pipeline;

    uses org.civicwatch.pipeline.Splitter;

    provides org.civicwatch.pipeline.Splitter with org.civicwatch.pipeline.JsonLinesSplitter,
            org.civicwatch.pipeline.WarcSplitter, org.civicwatch.pipeline.MovableTypeSplitter;
}
