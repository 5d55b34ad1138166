package io.bulwark.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

/**
 * Creates the editing domain through which every editor changes the model, so that each change is a command on one
 * command stack and can be undone and redone.
 * <p>
 * The model has no generated item providers: EMF.Edit's reflective item providers serve every class, and item providers
 * registered with EMF (for a package that brings its own) take precedence.
 */
public final class ModelEditing {

    private ModelEditing() {
    }

    /**
     * Creates an editing domain over a resource set, with a fresh command stack. The resource set then knows its
     * editing domain, so {@link AdapterFactoryEditingDomain#getEditingDomainFor(Object)} finds it from any object in
     * it.
     *
     * @param resourceSet
     *            the resource set holding the model to edit (the server registry and each server's agent tree)
     * @return the editing domain
     */
    public static AdapterFactoryEditingDomain createEditingDomain(ResourceSet resourceSet) {
        ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
                ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
        adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
        adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, new BasicCommandStack(),
                resourceSet);
        resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
        return domain;
    }
}
