package io.claimstream.deals;

import io.claimstream.schema.Entity;
import io.claimstream.schema.EntityType;

/** Test entities, as the claims module would normalise them; surface is "as written", so it differs from name. */
final class Entities {

    private Entities() { }

    static Entity drc() { return country("CD", "DR Congo", "the DRC"); }
    static Entity us() { return country("US", "United States", "Washington"); }
    static Entity qatar() { return country("QA", "Qatar", "Qatar"); }
    static Entity rwanda() { return country("RW", "Rwanda", "Kigali"); }
    static Entity china() { return country("CN", "China", "Beijing"); }
    static Entity belgium() { return country("BE", "Belgium", "Belgium"); }
    static Entity uk() { return country("GB", "United Kingdom", "the U.K."); }
    static Entity russia() { return country("RU", "Russia", "Russia"); }
    static Entity ukraine() { return country("UA", "Ukraine", "Kyiv"); }
    static Entity eu() { return new Entity("EU", EntityType.BLOC, "European Union", "the EU"); }
    static Entity m23() { return new Entity("m23", EntityType.ARMED_GROUP, "M23", "the M23 rebels"); }
    static Entity un() { return new Entity("UN", EntityType.ORGANISATION, "United Nations", "the U.N."); }
    static Entity erikPrince() { return new Entity("erik-prince", EntityType.PERSON, "Erik Prince", "Erik Prince"); }

    static Entity country(String id, String name, String surface) {
        return new Entity(id, EntityType.COUNTRY, name, surface);
    }

    static Entity as(Entity entity, String surface) {
        return new Entity(entity.getId(), entity.getType(), entity.getName(), surface);
    }
}
