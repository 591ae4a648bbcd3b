package dev.retort.autogen.roundtrip;

/** Every model change JPA can express, with the models as a directory of entity sources. */
class JpaModelRoundTripTest extends RoundTripContract {
    @Override
    ModelFormat format() {
        return new JpaModelFiles();
    }
}
