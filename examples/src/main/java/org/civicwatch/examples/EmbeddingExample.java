package org.civicwatch.examples;

import java.io.IOException;
import java.nio.file.Path;
import org.civicwatch.CivicWatch;
import org.civicwatch.model.Count;
import org.civicwatch.model.Dataset;
import org.civicwatch.model.DatasetInfo;
import org.civicwatch.model.DeviceType;
import org.civicwatch.model.Floor;
import org.civicwatch.model.Mount;
import org.civicwatch.model.Place;
import org.civicwatch.model.Sighting;
import org.civicwatch.model.When;

/**
 * Building a dataset in code and writing it out: the README's example. Two sightings on one walk
 * through a prefectural office, one of them the finding that a range of floors has no camera at all.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** The dataset of the README's example. */
    public static Dataset prefecturalOfficeWalk() {
        Place hall = Place.builder().jurisdiction("群馬県", "100005").facility("群馬県庁").build();
        Sighting lobby = Sighting.builder("lobby-cameras")
                .observed(When.parse("2017-06-01"))
                .place(hall.toBuilder().floor(Floor.of(1), "1階").area("南側ロビー").build())
                .device(DeviceType.CAMERA).mount(Mount.CEILING)
                .count(Count.exactly(2).withOriginal("2基"))
                .build();
        Sighting offices = Sighting.builder("office-floors-none")
                .observed(When.parse("2017-06-01"))
                .place(hall.toBuilder().floor(Floor.range(3, 30), "3階から30階").build())
                .device(DeviceType.CAMERA)
                .count(Count.none())                       // an absence is a finding
                .build();
        return Dataset.builder(DatasetInfo.titled("県庁の監視カメラ")).add(lobby, offices).build().requireValid();
    }

    /** Writes the dataset as JSON into a folder and reads it back, choosing the format by extension. */
    public static Dataset writeAndReadBack(Path folder) throws IOException {
        Path file = folder.resolve("cameras.json");
        CivicWatch.write(prefecturalOfficeWalk(), file);
        return CivicWatch.read(file);
    }
}
