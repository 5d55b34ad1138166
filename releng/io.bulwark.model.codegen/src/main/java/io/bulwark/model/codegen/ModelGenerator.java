package io.bulwark.model.codegen;

import java.io.File;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the model code of a {@code .genmodel} outside Eclipse, as Eclipse's "Generate Model Code" does, so that the
 * committed {@code src-gen/} can be regenerated and checked by a plain build.
 * <p>
 * The genmodel's {@code modelDirectory} starts with a project name ({@code /io.bulwark.model/src-gen}); that project is
 * the nearest directory above the genmodel that has this name.
 */
public final class ModelGenerator {

    private ModelGenerator() {
    }

    /**
     * @param args
     *            the path of the {@code .genmodel} to generate from
     * @throws IllegalStateException
     *             if the genmodel is invalid or generation reports an error (the JVM then exits non-zero)
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            throw new IllegalArgumentException("Usage: ModelGenerator <path/to/model.genmodel>"); //$NON-NLS-1$
        }
        GenModel genModel = load(new File(args[0]).getAbsoluteFile());
        genModel.setCanGenerate(true);
        GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                GenModelGeneratorAdapterFactory.DESCRIPTOR);
        Generator generator = new Generator();
        generator.setInput(genModel); // else the generator's initialize() fails with a NullPointerException
        failOnError(generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
    }

    /** Loads the genmodel and its Ecore packages, and fails unless both are complete and valid. */
    private static GenModel load(File genModelFile) {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        var factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl()); //$NON-NLS-1$
        factories.put("genmodel", new XMIResourceFactoryImpl()); //$NON-NLS-1$

        URI genModelUri = URI.createFileURI(genModelFile.getPath());
        GenModel genModel = (GenModel) resourceSet.getResource(genModelUri, true).getContents().get(0);
        String project = URI.createURI(genModel.getModelDirectory()).segment(0);
        EcorePlugin.getPlatformResourceMap().put(project, projectUri(genModelFile, project));

        // Without reconcile() the genmodel is not linked to its Ecore packages and nothing is generated; an Ecore
        // file that fails to load only shows as an error on its resource (the generator would write nothing).
        boolean linked = genModel.reconcile();
        for (Resource resource : resourceSet.getResources()) {
            if (!resource.getErrors().isEmpty()) {
                throw new IllegalStateException(resource.getURI() + ": " + resource.getErrors().get(0).getMessage()); //$NON-NLS-1$
            }
        }
        if (!linked) {
            throw new IllegalStateException(genModelFile + " links to no Ecore package"); //$NON-NLS-1$
        }
        failOnError(genModel.diagnose());
        for (GenPackage genPackage : genModel.getGenPackages()) {
            failOnError(Diagnostician.INSTANCE.validate(genPackage.getEcorePackage()));
        }
        return genModel;
    }

    private static URI projectUri(File genModelFile, String project) {
        for (File dir = genModelFile.getParentFile(); dir != null; dir = dir.getParentFile()) {
            if (dir.getName().equals(project)) {
                return URI.createFileURI(dir.getPath()).appendSegment(""); //$NON-NLS-1$
            }
        }
        throw new IllegalStateException("No directory named " + project + " above " + genModelFile); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static void failOnError(Diagnostic diagnostic) {
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            StringBuilder text = new StringBuilder();
            describe(diagnostic, "", text); //$NON-NLS-1$
            throw new IllegalStateException(text.toString());
        }
    }

    private static void describe(Diagnostic diagnostic, String indent, StringBuilder text) {
        text.append(System.lineSeparator()).append(indent).append(diagnostic.getMessage());
        if (diagnostic.getException() != null) {
            text.append(" (").append(diagnostic.getException()).append(')'); //$NON-NLS-1$
        }
        for (Diagnostic child : diagnostic.getChildren()) {
            describe(child, indent + "  ", text); //$NON-NLS-1$
        }
    }
}
