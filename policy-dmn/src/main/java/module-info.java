/** The criteria of a catalogue as DMN 1.4 models, written with the JDK's StAX writer. */
module io.github.srdipolicy.dmn {
  requires transitive io.github.srdipolicy.model;
  requires java.xml;

  exports io.github.srdipolicy.dmn;
}
