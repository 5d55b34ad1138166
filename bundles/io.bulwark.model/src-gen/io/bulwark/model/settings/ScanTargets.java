/**
 */
package io.bulwark.model.settings;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Scan Targets</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Which files a scan looks at.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.ScanTargets#getFiles <em>Files</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTargets#getExtensions <em>Extensions</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTargets#getFolders <em>Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTargets#getSpecifiedFolders <em>Specified Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.ScanTargets#getCompressedLayers <em>Compressed Layers</em>}</li>
 * </ul>
 *
 * @see io.bulwark.model.settings.SettingsPackage#getScanTargets()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='rules'"
 * @generated
 */
public interface ScanTargets extends EObject {
	/**
	 * Returns the value of the '<em><b>Files</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.ScanFiles}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All files, the file types known to carry threats, or only files with the listed extensions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' attribute.
	 * @see io.bulwark.model.settings.ScanFiles
	 * @see #setFiles(ScanFiles)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTargets_Files()
	 * @model
	 * @generated
	 */
	ScanFiles getFiles();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTargets#getFiles <em>Files</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Files</em>' attribute.
	 * @see io.bulwark.model.settings.ScanFiles
	 * @see #getFiles()
	 * @generated
	 */
	void setFiles(ScanFiles value);

	/**
	 * Returns the value of the '<em><b>Extensions</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When files are chosen by extension: 1 to 256 extensions without the dot, for example exe; empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extensions</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTargets_Extensions()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getExtensions();

	/**
	 * Returns the value of the '<em><b>Folders</b></em>' attribute.
	 * The literals are from the enumeration {@link io.bulwark.model.settings.ScanFolders}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * All folders or only the specified ones.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Folders</em>' attribute.
	 * @see io.bulwark.model.settings.ScanFolders
	 * @see #setFolders(ScanFolders)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTargets_Folders()
	 * @model
	 * @generated
	 */
	ScanFolders getFolders();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTargets#getFolders <em>Folders</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folders</em>' attribute.
	 * @see io.bulwark.model.settings.ScanFolders
	 * @see #getFolders()
	 * @generated
	 */
	void setFolders(ScanFolders value);

	/**
	 * Returns the value of the '<em><b>Specified Folders</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When only specified folders are scanned: 1 to 256 absolute Windows folders; empty otherwise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Specified Folders</em>' attribute list.
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTargets_SpecifiedFolders()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getSpecifiedFolders();

	/**
	 * Returns the value of the '<em><b>Compressed Layers</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many layers of compressed files to open, 0 (none) to 20.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Compressed Layers</em>' attribute.
	 * @see #setCompressedLayers(int)
	 * @see io.bulwark.model.settings.SettingsPackage#getScanTargets_CompressedLayers()
	 * @model
	 * @generated
	 */
	int getCompressedLayers();

	/**
	 * Sets the value of the '{@link io.bulwark.model.settings.ScanTargets#getCompressedLayers <em>Compressed Layers</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compressed Layers</em>' attribute.
	 * @see #getCompressedLayers()
	 * @generated
	 */
	void setCompressedLayers(int value);

} // ScanTargets
