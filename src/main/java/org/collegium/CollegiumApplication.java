package org.collegium;

import org.collegium.base.config.BuildCheck;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Collegium: the portal a society of group psychotherapists runs itself with. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CollegiumApplication {

    public static void main(String[] args) {
        String problem = BuildCheck.problem(CollegiumApplication.class.getClassLoader());
        if (problem != null) {
            System.err.println(problem);
            System.exit(2);
        }
        SpringApplication.run(CollegiumApplication.class, args);
    }
}
