package no.kommune.housingfirst;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class HousingFirstApplication {

	public static void main(String[] args) {
		SpringApplication.run(HousingFirstApplication.class, args);
	}

}
