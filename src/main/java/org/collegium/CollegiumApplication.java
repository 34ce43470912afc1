package org.collegium;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Collegium: the portal a society of group psychotherapists runs itself with. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CollegiumApplication {

    public static void main(String[] args) {
        SpringApplication.run(CollegiumApplication.class, args);
    }
}
