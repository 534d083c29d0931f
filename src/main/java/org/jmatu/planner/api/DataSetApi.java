package org.jmatu.planner.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.jmatu.planner.datasets.DataSet;
import org.jmatu.planner.datasets.DataSetService;
import org.jmatu.planner.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The data sets a call can work in (its {@code X-Data-Set} header): the demo unit and each imported scenario. */
@RestController
@RequestMapping("/api/data-sets")
@Tag(name = "Data sets", description = "The demo unit and the data sets made from imported scenario files")
class DataSetApi {

    private final DataSetService dataSets;

    DataSetApi(DataSetService dataSets) {
        this.dataSets = dataSets;
    }

    @GetMapping
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "Every data set (planners and commanders)")
    public List<DataSet> all() {
        return dataSets.all();
    }

    @GetMapping("/{key}")
    @RolesAllowed({Role.PLANNER_NAME, Role.COMMANDER_NAME})
    @Operation(summary = "One data set (planners and commanders)")
    @ApiResponse(responseCode = "200", description = "The data set")
    @ApiResponse(responseCode = "404", description = "No data set has this key")
    public DataSet one(@PathVariable String key) {
        return dataSets.find(key).orElseThrow(() -> ApiProblems.notFound("no-data-set", key));
    }
}
