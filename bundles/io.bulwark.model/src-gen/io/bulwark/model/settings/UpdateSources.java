/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Update Sources</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where agents fetch components from: the server itself, or a custom list that maps agents' address ranges to sources close to them (a share at a remote office, or an update agent there).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.UpdateSources#getMode <em>Mode</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UpdateSources#getCustom <em>Custom</em>}</li>
 *   <li>{@link io.bulwark.model.settings.UpdateSources#isFallbackToServer <em>Fallback To Server</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSources()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface UpdateSources extends EObject {
	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.UpdateSourceMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Standard (the server) or custom (the list).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see io.bulwark.model.settings.UpdateSourceMode
	 * @see #setMode(UpdateSourceMode)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSources_Mode()
	 * @model
	 * @generated
	 */
	UpdateSourceMode getMode();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSources#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see io.bulwark.model.settings.UpdateSourceMode
	 * @see #getMode()
	 * @generated
	 */
	void setMode(UpdateSourceMode value);

	/**
	 * Returns the value of the '<em><b>Custom</b></em>' containment reference list.
	 * The list contents are of type {@link io.bulwark.model.settings.UpdateSourceEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For custom mode: 1 to 1000 entries; an agent uses the first whose range holds its address. Overlapping ranges are allowed but warned about. Empty for standard mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Custom</em>' containment reference list.
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSources_Custom()
	 * @model containment="true"
	 * @generated
	 */
	EList<UpdateSourceEntry> getCustom();

	/**
	 * Returns the value of the '<em><b>Fallback To Server</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For custom mode: whether agents whose address matches no entry, or whose source is unreachable, update from the server. Unset for standard mode.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fallback To Server</em>' attribute.
	 * @see #isSetFallbackToServer()
	 * @see #unsetFallbackToServer()
	 * @see #setFallbackToServer(boolean)
	 * @see io.bulwark.model.settings.SettingsPackage#getUpdateSources_FallbackToServer()
	 * @model unsettable="true"
	 * @generated
	 */
	boolean isFallbackToServer();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.UpdateSources#isFallbackToServer <em>Fallback To Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fallback To Server</em>' attribute.
	 * @see #isSetFallbackToServer()
	 * @see #unsetFallbackToServer()
	 * @see #isFallbackToServer()
	 * @generated
	 */
	void setFallbackToServer(boolean value);

	/**
	 * Unsets the value of the '{@link io.bulwark.model.settings.UpdateSources#isFallbackToServer <em>Fallback To Server</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFallbackToServer()
	 * @see #isFallbackToServer()
	 * @see #setFallbackToServer(boolean)
	 * @generated
	 */
	void unsetFallbackToServer();

	/**
	 * Returns whether the value of the '{@link io.bulwark.model.settings.UpdateSources#isFallbackToServer <em>Fallback To Server</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Fallback To Server</em>' attribute is set.
	 * @see #unsetFallbackToServer()
	 * @see #isFallbackToServer()
	 * @see #setFallbackToServer(boolean)
	 * @generated
	 */
	boolean isSetFallbackToServer();

} // UpdateSources
