/**
 */
package io.bulwark.model.settings.impl;

import io.bulwark.model.settings.ScanExclusions;
import io.bulwark.model.settings.SettingsPackage;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scan Exclusions</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.bulwark.model.settings.impl.ScanExclusionsImpl#getFolders <em>Folders</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanExclusionsImpl#getFiles <em>Files</em>}</li>
 *   <li>{@link io.bulwark.model.settings.impl.ScanExclusionsImpl#getExtensions <em>Extensions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScanExclusionsImpl extends MinimalEObjectImpl.Container implements ScanExclusions {
	/**
	 * The cached value of the '{@link #getFolders() <em>Folders</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFolders()
	 * @generated
	 * @ordered
	 */
	protected EList<String> folders;

	/**
	 * The cached value of the '{@link #getFiles() <em>Files</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<String> files;

	/**
	 * The cached value of the '{@link #getExtensions() <em>Extensions</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtensions()
	 * @generated
	 * @ordered
	 */
	protected EList<String> extensions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScanExclusionsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SettingsPackage.Literals.SCAN_EXCLUSIONS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFolders() {
		if (folders == null) {
			folders = new EDataTypeEList<String>(String.class, this, SettingsPackage.SCAN_EXCLUSIONS__FOLDERS);
		}
		return folders;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFiles() {
		if (files == null) {
			files = new EDataTypeEList<String>(String.class, this, SettingsPackage.SCAN_EXCLUSIONS__FILES);
		}
		return files;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExtensions() {
		if (extensions == null) {
			extensions = new EDataTypeEList<String>(String.class, this, SettingsPackage.SCAN_EXCLUSIONS__EXTENSIONS);
		}
		return extensions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SettingsPackage.SCAN_EXCLUSIONS__FOLDERS:
				return getFolders();
			case SettingsPackage.SCAN_EXCLUSIONS__FILES:
				return getFiles();
			case SettingsPackage.SCAN_EXCLUSIONS__EXTENSIONS:
				return getExtensions();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SettingsPackage.SCAN_EXCLUSIONS__FOLDERS:
				getFolders().clear();
				getFolders().addAll((Collection<? extends String>)newValue);
				return;
			case SettingsPackage.SCAN_EXCLUSIONS__FILES:
				getFiles().clear();
				getFiles().addAll((Collection<? extends String>)newValue);
				return;
			case SettingsPackage.SCAN_EXCLUSIONS__EXTENSIONS:
				getExtensions().clear();
				getExtensions().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SettingsPackage.SCAN_EXCLUSIONS__FOLDERS:
				getFolders().clear();
				return;
			case SettingsPackage.SCAN_EXCLUSIONS__FILES:
				getFiles().clear();
				return;
			case SettingsPackage.SCAN_EXCLUSIONS__EXTENSIONS:
				getExtensions().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SettingsPackage.SCAN_EXCLUSIONS__FOLDERS:
				return folders != null && !folders.isEmpty();
			case SettingsPackage.SCAN_EXCLUSIONS__FILES:
				return files != null && !files.isEmpty();
			case SettingsPackage.SCAN_EXCLUSIONS__EXTENSIONS:
				return extensions != null && !extensions.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (folders: ");
		result.append(folders);
		result.append(", files: ");
		result.append(files);
		result.append(", extensions: ");
		result.append(extensions);
		result.append(')');
		return result.toString();
	}

} //ScanExclusionsImpl
